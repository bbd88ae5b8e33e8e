using System.Text;
using CatalogueTool.Import;

namespace CatalogueTool.Emit.Yaml;

/// <summary>Writes an imported power list in the powers YAML form (format §5); codes always quoted so they stay text.</summary>
public static class PowerListYamlWriter
{
    public static string Write(PowerImport import)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=../schemas/powers.schema.json\n");
        sb.Append("department: ").Append(YamlText.Scalar(import.Department)).Append('\n');
        if (!string.IsNullOrWhiteSpace(import.Source)) sb.Append("source: ").Append(YamlText.Scalar(import.Source)).Append('\n');
        sb.Append("powers:\n");
        foreach (var p in import.Powers)
        {
            sb.Append("  - code: ").Append(YamlText.Quote(p.Code)).Append('\n');
            sb.Append("    name: ").Append(YamlText.Scalar(p.Name)).Append('\n');
            sb.Append("    type: ").Append(YamlText.Scalar(p.Type)).Append('\n');
            if (p.Basis is { Length: > 0 } basis) sb.Append("    basis: ").Append(YamlText.Scalar(basis)).Append('\n');
            if (p.Subject != import.Department) sb.Append("    subject: ").Append(YamlText.Scalar(p.Subject)).Append('\n');
        }
        return sb.ToString();
    }
}
