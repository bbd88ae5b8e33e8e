namespace CatalogueTool.Loading;

/// <summary>Bounds applied to every input before it is parsed, so that no file can exhaust the stack or memory.</summary>
public static class Limits
{
    public const long MaxYamlBytes = 8L * 1024 * 1024;
    public const long MaxSpreadsheetBytes = 64L * 1024 * 1024;
    public const long MaxCsvBytes = 32L * 1024 * 1024;
    public const int MaxYamlDepth = 32;
    public const int MaxScalarChars = 100_000;
    public const int MaxNodes = 2_000_000;
}
