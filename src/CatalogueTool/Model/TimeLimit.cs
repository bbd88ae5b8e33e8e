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

/// <summary>The period of a schedule written without a figure of days (每月更新, 每季度公开一次).</summary>
public enum SchedulePeriod
{
    None,
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// <summary>A time limit as published (<see cref="Text"/>) and as interpreted (format §6).</summary>
public sealed record TimeLimit(string Text, TimeLimitKind Kind, int Days = 0, bool WorkingDays = true, int? DisplayDays = null, int Month = 0, int Day = 0,
    SchedulePeriod Period = SchedulePeriod.None)
{
    /// <summary>Whether <see cref="DisplayDays"/> counts working days (公示7个工作日) or calendar days (公示7天, 公示30日).</summary>
    public bool DisplayWorkingDays { get; init; } = true;

    public bool IsInterpreted => Kind != TimeLimitKind.Unknown;

    /// <summary>Whether the limit carries a figure of days as written (<see cref="Days"/>, <see cref="WorkingDays"/>).</summary>
    public bool HasDays => Kind is TimeLimitKind.FromFormation or TimeLimitKind.FromDecision or TimeLimitKind.AfterApproval
        || Kind is TimeLimitKind.BeforeEvent or TimeLimitKind.Periodic && Days > 0;

    /// <summary>
    /// For a schedule (<see cref="TimeLimitKind.Periodic"/>), the most calendar days between two updates: every N working days
    /// is N·7/5 rounded up, a month 31 days, a quarter 92, half a year 183, a year 366. Null for any other limit.
    /// </summary>
    public int? ScheduleDays => Kind != TimeLimitKind.Periodic && Period == SchedulePeriod.None ? null : Period switch
    {
        SchedulePeriod.Day => 1,
        SchedulePeriod.Week => 7,
        SchedulePeriod.Month => 31,
        SchedulePeriod.Quarter => 92,
        SchedulePeriod.HalfYear => 183,
        SchedulePeriod.Year => 366,
        _ when Days > 0 && Kind == TimeLimitKind.Periodic => WorkingDays ? (Days * 7 + 4) / 5 : Days,
        _ => null,
    };

    /// <summary>The limit in working days where it can be compared: calendar days count five in seven.</summary>
    public double? EffectiveWorkingDays => Kind switch
    {
        TimeLimitKind.RealTime or TimeLimitKind.Promptly => 0,
        TimeLimitKind.FromFormation or TimeLimitKind.FromDecision or TimeLimitKind.AfterApproval =>
            WorkingDays ? Days : Math.Round(Days * 5 / 7.0, 1),
        _ => null,
    };
}
