namespace CatalogueTool.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
