using CatalogueTool.Binding;
using CatalogueTool.Model;

namespace CatalogueTool.Tests;

public class TimeLimitInterpreterTests
{
    [Theory]
    [InlineData("信息形成或者变更之日起20个工作日内", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("制定或获取信息之日起10个工作日内", TimeLimitKind.FromFormation, 10, true)]
    [InlineData("自制作或获取信息之日起二十个工作日内", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("20个工 作日内", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("决定作出之日起7个工作日内", TimeLimitKind.FromDecision, 7, true)]
    [InlineData("作出行政处罚决定之日起７个工作日内", TimeLimitKind.FromDecision, 7, true)]
    [InlineData("批复后20日内", TimeLimitKind.AfterApproval, 20, false)]
    [InlineData("实时公开", TimeLimitKind.RealTime, 0, true)]
    [InlineData("及时公开", TimeLimitKind.Promptly, 0, true)]
    [InlineData("随采购公告、采购文件公开", TimeLimitKind.Promptly, 0, true)]
    [InlineData("随中标、成交结果同时公告", TimeLimitKind.Promptly, 0, true)]
    [InlineData("与审批结果同步公开", TimeLimitKind.Promptly, 0, true)]
    [InlineData("随即公开", TimeLimitKind.Promptly, 0, true)]
    [InlineData("即时公开", TimeLimitKind.Promptly, 0, true)]
    [InlineData("本级人民代表大会或其常务委员会批准后20日内", TimeLimitKind.AfterApproval, 20, false)]
    [InlineData("《听证通知书》在组织听证7个工作日前予以公开", TimeLimitKind.BeforeEvent, 7, true)]
    [InlineData("听证会召开5日前", TimeLimitKind.BeforeEvent, 5, false)]
    [InlineData("提前三天通知", TimeLimitKind.BeforeEvent, 3, false)]
    [InlineData("提前一周发通知邀请", TimeLimitKind.BeforeEvent, 7, false)]
    [InlineData("会议召开前提前通知", TimeLimitKind.BeforeEvent, 0, true)]
    [InlineData("每20个工作日更新", TimeLimitKind.Periodic, 20, true)]
    [InlineData("会议召开前3个工作日", TimeLimitKind.BeforeEvent, 3, true)]
    [InlineData("听证前七日", TimeLimitKind.BeforeEvent, 7, false)]
    [InlineData("听证会召开前30日", TimeLimitKind.BeforeEvent, 30, false)]
    [InlineData("提前两周", TimeLimitKind.BeforeEvent, 14, false)]
    [InlineData("制定或获取信息之日起30个工作日内，可提前公开", TimeLimitKind.FromFormation, 30, true)]
    [InlineData("20个工作日内，重大事项提前3日", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("年度结束后60日前公开", TimeLimitKind.FromFormation, 60, false)]
    [InlineData("自收到之日起7日前", TimeLimitKind.FromFormation, 7, false)]
    [InlineData("项目竣工后15日前公开", TimeLimitKind.FromFormation, 15, false)]
    [InlineData("20个工作日内公开，此后每30日更新", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("目前20个工作日内办结", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("当前20个工作日内公开", TimeLimitKind.FromFormation, 20, true)]
    [InlineData("信息形成之日起٢0个工作日内", TimeLimitKind.Unknown, 0, true)]
    [InlineData("信息形成之日起٢٠个工作日内", TimeLimitKind.Unknown, 0, true)] // Arabic-Indic digits: no figure, no crash
    [InlineData("3月31日公开", TimeLimitKind.Unknown, 0, true)]
    public void Interprets_the_common_phrasings(string text, TimeLimitKind kind, int days, bool working)
    {
        var t = TimeLimitInterpreter.Interpret(text);
        Assert.Equal((kind, days, working), (t.Kind, t.Days, t.WorkingDays));
        Assert.Equal(text, t.Text);
    }

    [Fact]
    public void Annual_deadline_and_display_period()
    {
        var a = TimeLimitInterpreter.Interpret("每年1月31日前");
        Assert.Equal((TimeLimitKind.AnnualDeadline, 1, 31), (a.Kind, a.Month, a.Day));
        var next = TimeLimitInterpreter.Interpret("次年3月31日前公开");
        Assert.Equal((TimeLimitKind.AnnualDeadline, 3, 31), (next.Kind, next.Month, next.Day));
        var d = TimeLimitInterpreter.Interpret("制定或获取信息之日起10个工作日内，公示7个工作日");
        Assert.Equal((TimeLimitKind.FromFormation, 10, 7, true), (d.Kind, d.Days, d.DisplayDays, d.DisplayWorkingDays));
        // 公示7天 is seven calendar days, said as such in the open data.
        var calendar = TimeLimitInterpreter.Interpret("信息形成之日起20个工作日内，公示7天");
        Assert.Equal((20, 7, false), (calendar.Days, calendar.DisplayDays, calendar.DisplayWorkingDays));
        // A display period alone says how long, not when: no limit is made up from it (it was read as 及时).
        var alone = TimeLimitInterpreter.Interpret("公示7个工作日");
        Assert.Equal((TimeLimitKind.Unknown, 7), (alone.Kind, alone.DisplayDays));
    }

    [Theory]
    [InlineData("每年2月30日前")]
    [InlineData("每年4月31日前")]
    [InlineData("1.5个工作日内")]
    [InlineData("2.5日内")]
    public void A_date_no_month_has_or_a_decimal_figure_is_not_read_as_something_else(string text)
    {
        // 1.5个工作日 was read as 5 days, 2月30日 as a deadline no calendar holds.
        Assert.Equal(TimeLimitKind.Unknown, TimeLimitInterpreter.Interpret(text).Kind);
        Assert.Equal(TimeLimitKind.AnnualDeadline, TimeLimitInterpreter.Interpret("每年2月29日前").Kind);
    }

    [Theory]
    [InlineData("看情况")]
    [InlineData("随机抽查结果产生后公开")]
    [InlineData("随迁子女入学报名前公布")]
    [InlineData("随访结果汇总后发布")]
    [InlineData("随报随审，审核通过后公布")]
    [InlineData("随报随审随公开")]
    [InlineData("同步公开")]
    public void Words_that_only_look_like_a_tie_to_another_notice_stay_unknown(string text) =>
        Assert.Equal(TimeLimitKind.Unknown, TimeLimitInterpreter.Interpret(text).Kind);

    [Theory]
    [InlineData("每季度公开一次，同时公开到政府网站", SchedulePeriod.Quarter, 92)]
    [InlineData("每年公布一次，同步发布解读", SchedulePeriod.Year, 366)]
    [InlineData("每月更新", SchedulePeriod.Month, 31)]
    [InlineData("按月公开", SchedulePeriod.Month, 31)]
    [InlineData("每周更新", SchedulePeriod.Week, 7)]
    [InlineData("每星期公布", SchedulePeriod.Week, 7)]
    [InlineData("每半年公开一次", SchedulePeriod.HalfYear, 183)]
    [InlineData("按季度公布", SchedulePeriod.Quarter, 92)]
    [InlineData("每年度公开", SchedulePeriod.Year, 366)]
    [InlineData("每月10日前公开上月情况", SchedulePeriod.Month, 31)]
    [InlineData("每日更新", SchedulePeriod.Day, 1)]
    public void A_schedule_without_a_figure_is_periodic_with_its_period(string text, SchedulePeriod period, int scheduleDays)
    {
        var t = TimeLimitInterpreter.Interpret(text);
        Assert.Equal((TimeLimitKind.Periodic, period, scheduleDays), (t.Kind, t.Period, t.ScheduleDays));
        Assert.False(t.HasDays);
        Assert.Null(t.EffectiveWorkingDays);
    }

    [Theory]
    [InlineData("信息形成后及时公开，每年更新", TimeLimitKind.Promptly, 0)]
    [InlineData("及时公开，每月更新", TimeLimitKind.Promptly, 0)]
    [InlineData("实时更新，每月汇总", TimeLimitKind.RealTime, 0)]
    [InlineData("每周期更新", TimeLimitKind.Unknown, 0)]
    [InlineData("每年", TimeLimitKind.Unknown, 0)]
    [InlineData("每季度结束后15日内", TimeLimitKind.FromFormation, 15)]
    [InlineData("每年1月31日前", TimeLimitKind.AnnualDeadline, 0)]
    public void A_schedule_with_a_figure_or_date_keeps_its_figure(string text, TimeLimitKind kind, int days)
    {
        var t = TimeLimitInterpreter.Interpret(text);
        Assert.Equal(kind, t.Kind);
        if (days > 0) Assert.Equal(days, t.Days);
    }

    [Fact]
    public void A_prompt_limit_with_a_schedule_keeps_the_schedule_for_staleness() =>
        Assert.Equal((TimeLimitKind.Promptly, SchedulePeriod.Month, 31), TimeLimitInterpreter.Interpret("及时公开，每月更新") is var t ? (t.Kind, t.Period, t.ScheduleDays) : default);

    [Fact]
    public void Every_N_working_days_is_at_most_N_times_seven_fifths_calendar_days_apart() =>
        Assert.Equal(28, TimeLimitInterpreter.Interpret("每20个工作日更新").ScheduleDays);

    [Theory]
    [InlineData("看情况")]
    [InlineData("")]
    [InlineData("每年13月40日前")]
    public void Unknown_wording_is_kept_and_not_interpreted(string text)
    {
        var t = TimeLimitInterpreter.Interpret(text);
        Assert.False(t.IsInterpreted && t.Kind == TimeLimitKind.AnnualDeadline && t.Month > 12);
        Assert.Equal(text, t.Text);
    }

    [Theory]
    [InlineData("听证7个工作日前")]
    [InlineData("提前一周")]
    [InlineData("每20个工作日更新")]
    public void A_deadline_before_an_event_or_a_schedule_is_read_but_never_compared_as_days_after(string text)
    {
        var t = TimeLimitInterpreter.Interpret(text);
        Assert.True(t.IsInterpreted);
        Assert.Null(t.EffectiveWorkingDays);
    }

    [Fact]
    public void Calendar_days_count_five_in_seven()
    {
        Assert.Equal(32.1, TimeLimitInterpreter.Interpret("公告之日起45日内").EffectiveWorkingDays);
    }
}
