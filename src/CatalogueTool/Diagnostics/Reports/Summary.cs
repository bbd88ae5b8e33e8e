using CatalogueTool.Binding;
using CatalogueTool.Validation;

namespace CatalogueTool.Diagnostics.Reports;

public static class Summary
{
    public static PowerCoverage? Coverage(ValidationResult result) =>
        result.Coverage;
}
