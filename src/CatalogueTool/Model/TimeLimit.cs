namespace CatalogueTool.Model;

public enum TimeLimitKind
{
    Unknown,
    FromFormation,
    FromDecision,
    AfterApproval,
    RealTime,
    Promptly,
    AnnualDeadline,
}

/// <summary>A time limit as published (<see cref="Text"/>) and as interpreted (format §6).</summary>
public sealed record TimeLimit(string Text, TimeLimitKind Kind, int Days = 0, bool WorkingDays = true, int? DisplayDays = null, int Month = 0, int Day = 0)
{
    public bool IsInterpreted => Kind != TimeLimitKind.Unknown;

    /// <summary>The limit in working days where it can be compared: calendar days count five in seven.</summary>
    public double? EffectiveWorkingDays => Kind switch
    {
        TimeLimitKind.RealTime or TimeLimitKind.Promptly => 0,
        TimeLimitKind.FromFormation or TimeLimitKind.FromDecision or TimeLimitKind.AfterApproval =>
            WorkingDays ? Days : Math.Round(Days * 5 / 7.0, 1),
        _ => null,
    };
}
