namespace CatalogueTool.Rules;

/// <summary>Every check family, run in this order. Add a check by adding a line.</summary>
public static class CheckRegistry
{
    public static IReadOnlyList<ICheck> All { get; } =
    [
        new Scope.AreaScopeCheck(),
        new Schema.ItemIdCheck(),
        new Content.BasisCheck(),
        new Content.SubjectCheck(),
        new Content.CellLengthCheck(),
        new TimeLimits.TimeLimitCheck(),
        new Records.RecordChecks(),
        new Baseline.BaselineCheck(),
        new Powers.PowerChecks(),
        new Site.TemplateCheck(),
    ];
}
