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

    /// <summary>Published before an event (听证7个工作日前, 提前一周): no limit counted from the information, so not compared.</summary>
    BeforeEvent,

    /// <summary>Updated every N days (每20个工作日更新): a schedule, not a limit, so not compared.</summary>
    Periodic,
}

/// <summary>A time limit as published (<see cref="Text"/>) and as interpreted (format §6).</summary>
public sealed record TimeLimit(string Text, TimeLimitKind Kind, int Days = 0, bool WorkingDays = true, int? DisplayDays = null, int Month = 0, int Day = 0)
{
    public bool IsInterpreted => Kind != TimeLimitKind.Unknown;

    /// <summary>Whether the limit carries a figure of days as written (<see cref="Days"/>, <see cref="WorkingDays"/>).</summary>
    public bool HasDays => Kind is TimeLimitKind.FromFormation or TimeLimitKind.FromDecision or TimeLimitKind.AfterApproval
        || Kind is TimeLimitKind.BeforeEvent or TimeLimitKind.Periodic && Days > 0;

    /// <summary>The limit in working days where it can be compared: calendar days count five in seven.</summary>
    public double? EffectiveWorkingDays => Kind switch
    {
        TimeLimitKind.RealTime or TimeLimitKind.Promptly => 0,
        TimeLimitKind.FromFormation or TimeLimitKind.FromDecision or TimeLimitKind.AfterApproval =>
            WorkingDays ? Days : Math.Round(Days * 5 / 7.0, 1),
        _ => null,
    };
}
