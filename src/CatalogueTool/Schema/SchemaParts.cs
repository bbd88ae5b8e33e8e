using System.Text.Json.Nodes;

namespace CatalogueTool.Schema;

/// <summary>The pieces the schemas of written files (open data, reports) are built of: a text, a closed object.</summary>
internal static class SchemaParts
{
    public static JsonObject Str(string d) => new() { ["type"] = "string", ["description"] = d };

    /// <summary>An object with exactly these properties (no others), of which <paramref name="required"/> must be there.</summary>
    public static JsonObject Obj(string d, JsonObject props, params string[] required) => new()
    {
        ["type"] = "object",
        ["description"] = d,
        ["additionalProperties"] = false,
        ["properties"] = props,
        ["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray()),
    };
}
