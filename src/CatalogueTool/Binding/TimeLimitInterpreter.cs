using System.Text.RegularExpressions;
using CatalogueTool.Model;
using CatalogueTool.Text;

namespace CatalogueTool.Binding;

/// <summary>Interprets the published wording of a time limit (format §6). Never throws; unknown wording is Kind.Unknown.</summary>
public static partial class TimeLimitInterpreter
{
    [GeneratedRegex("[零一二三四五六七八九十两百]+(?=个?(?:工作日|日|天|个月|月|周|星期))")]
    private static partial Regex ChineseCount();

    [GeneratedRegex(@"公示(?:期)?(?:为|不少于|不得少于)?([0-9]{1,3})(个工作日|个自然日|自然日|日|天)")]
    private static partial Regex Display();

    [GeneratedRegex(@"(?:每年|次年|翌年)([0-9]{1,2})月(?:([0-9]{1,2})日|底)(?:前|之前|以前)")]
    private static partial Regex Annual();

    [GeneratedRegex(@"(?:批复|批准)(?:后|之日起)([0-9]{1,3})(个工作日|日|天)")]
    private static partial Regex AfterApproval();

    [GeneratedRegex(@"(?:决定|作出|做出|办结|审批|处罚).{0,12}?之日起([0-9]{1,3})(个工作日|日|天)")]
    private static partial Regex FromDecision();

    /// <summary>
    /// Published together with another notice: 随采购公告公开, 随中标结果同时公告, 与审批结果同步公开. The other notice must be named
    /// in the same clause; words that merely begin with 随 (随机, 随迁, 随访, 随报随审…) and a 同时/同步 that opens a new clause
    /// (每季度公开一次，同时公开到网站) are not such a tie.
    /// </summary>
    [GeneratedRegex(@"随(?![时机迁访着后即意报])[^,;，；。]{1,20}?(?:一并|同时|同步)?(?:公开|公布|发布|公告)|(?<![,;，；。]|^)(?:同时|同步)(?:公开|公布|发布|公告)")]
    private static partial Regex AlongWith();

    /// <summary>A recurring schedule (每年, 每季度, 按月…) is a period, and 随报随审 a way of working, not a tie to another notice.</summary>
    [GeneratedRegex("每年|每季|每月|每半年|按年|按季|按月|定期|随报随审")]
    private static partial Regex Recurring();

    /// <summary>A number of days with what stands before and after it (提前3日, 前3个工作日, 7日前, 20个工作日内); never the
    /// day of a date (3月31日).</summary>
    [GeneratedRegex(@"(?<pre>提前|(?<![目第当])前)?(?<![月\p{Nd}.．])(?<n>[0-9]{1,3})(?<u>个工作日|日|天|周|星期)(?<post>以前|之前|前|以内|内)?")]
    private static partial Regex Figure();

    /// <summary>A recurring update every N days (每20个工作日更新).</summary>
    [GeneratedRegex(@"每(?:隔)?([0-9]{1,3})(个工作日|日|天|周|星期)")]
    private static partial Regex Periodic();


    /// <summary>A schedule without a figure of days: 每月更新, 每季度公开一次, 按年公布, 每半年, 每周. Read only when the text has no
    /// figure of its own (每季度结束后15日内 is 15 days after the quarter).</summary>
    [GeneratedRegex("(?:每|按)(?<p>日|天|周(?!期)|星期|月|季度?|半年|年)(?:度)?[^，,；;。]{0,8}?(?:更新|公开|公布|发布|报送|一次|调整|汇总)")]
    private static partial Regex Schedule();

    public static TimeLimit Interpret(string text)
    {
        var t = Normalise(text);
        var displayMatch = Display().Match(t);
        var displayWorking = !displayMatch.Success || displayMatch.Groups[2].Value == "个工作日";
        var limit = Read(text, t, displayMatch);
        return displayWorking ? limit : limit with { DisplayWorkingDays = false };
    }

    private static TimeLimit Read(string text, string t, Match displayMatch)
    {
        int? display = displayMatch.Success ? int.Parse(displayMatch.Groups[1].Value) : null;
        var rest = displayMatch.Success ? t.Remove(displayMatch.Index, displayMatch.Length) : t;

        var annual = Annual().Match(rest);
        if (annual.Success)
        {
            var month = int.Parse(annual.Groups[1].Value);
            var day = annual.Groups[2].Success ? int.Parse(annual.Groups[2].Value) : DateTime.DaysInMonth(2001, Math.Clamp(month, 1, 12));
            // A day the month never has (2月30日) is no deadline: left unread, and so reported (CAT0401).
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month))
                return new TimeLimit(text, TimeLimitKind.AnnualDeadline, DisplayDays: display, Month: month, Day: day);
        }
        var approval = AfterApproval().Match(rest);
        if (approval.Success) return Days(text, TimeLimitKind.AfterApproval, approval, display);
        var decision = FromDecision().Match(rest);
        if (decision.Success) return Days(text, TimeLimitKind.FromDecision, decision, display);
        // The first figure decides: an update every N days (每20个工作日更新), a deadline before an event (提前3日,
        // 会议召开前3个工作日, 听证7个工作日前), else a limit from the information's formation (20个工作日内，重大事项提前3日
        // is 20 days). "N日前" after 后 or 起 is a limit after the event (年度结束后60日前, 自收到之日起7日前).
        var figure = Figure().Match(rest);
        var periodic = Periodic().Match(rest);
        if (periodic.Success && (!figure.Success || periodic.Index < figure.Index)) return Days(text, TimeLimitKind.Periodic, periodic, display);
        if (figure.Success)
        {
            var clause = rest[..figure.Index];
            clause = clause[(clause.LastIndexOfAny(['，', ',', '；', ';', '。']) + 1)..];
            var before = figure.Groups["pre"].Success
                || figure.Groups["post"].Value is "前" or "之前" or "以前" && !clause.Contains('后') && !clause.Contains('起');
            return Days(text, before ? TimeLimitKind.BeforeEvent : TimeLimitKind.FromFormation, figure, display);
        }
        if (rest.Contains("提前", StringComparison.Ordinal)) return new TimeLimit(text, TimeLimitKind.BeforeEvent, DisplayDays: display);
        // A schedule is read after 提前, 实时 and 及时: 及时公开，每月更新 is prompt, and updated monthly besides (its period
        // still judges the column's staleness).
        var schedule = Schedule().Match(rest);
        var period = !schedule.Success ? SchedulePeriod.None : schedule.Groups["p"].Value switch
        {
            "日" or "天" => SchedulePeriod.Day,
            "周" or "星期" => SchedulePeriod.Week,
            "月" => SchedulePeriod.Month,
            "季" or "季度" => SchedulePeriod.Quarter,
            "半年" => SchedulePeriod.HalfYear,
            _ => SchedulePeriod.Year,
        };
        if (rest.Contains("实时", StringComparison.Ordinal)) return new TimeLimit(text, TimeLimitKind.RealTime, DisplayDays: display, Period: period);
        if (rest.Contains("及时", StringComparison.Ordinal) || rest.Contains("即时", StringComparison.Ordinal)
            || rest.Contains("随时", StringComparison.Ordinal) || rest.Contains("随即", StringComparison.Ordinal))
            return new TimeLimit(text, TimeLimitKind.Promptly, DisplayDays: display, Period: period);
        if (period != SchedulePeriod.None) return new TimeLimit(text, TimeLimitKind.Periodic, DisplayDays: display, Period: period);
        if (AlongWith().IsMatch(rest) && !Recurring().IsMatch(rest)) return new TimeLimit(text, TimeLimitKind.Promptly, DisplayDays: display); // published with another notice
        // A display period alone (公示7个工作日) says how long, not when: no limit is read from it.
        return new TimeLimit(text, TimeLimitKind.Unknown, DisplayDays: display);
    }

    /// <summary>The figure and unit of <paramref name="m"/> (named n and u, or its first two groups); a week is seven calendar days.</summary>
    private static TimeLimit Days(string text, TimeLimitKind kind, Match m, int? display)
    {
        var named = m.Groups["n"].Success;
        var n = int.Parse(named ? m.Groups["n"].Value : m.Groups[1].Value);
        var unit = named ? m.Groups["u"].Value : m.Groups[2].Value;
        if (unit is "周" or "星期") n *= 7;
        return new TimeLimit(text, kind, n, unit == "个工作日", display);
    }

    private static string Normalise(string text)
    {
        var t = Punctuation.Key(text);
        return ChineseCount().Replace(t, m => (Punctuation.ParseNumber(m.Value) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
