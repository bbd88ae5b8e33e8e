namespace CatalogueTool.Model;

/// <summary>The enumerations of the national template (format §3, §5).</summary>
public static class Vocabularies
{
    public const string OtherPrefix = "其他：";

    public static Vocabulary Audience { get; } = new("audience",
    [
        new("全社会", "public", ["社会公众", "公众", "全体群众", "广大群众", "社会", "全体公民", "全体居民", "人民群众", "群众"]),
        new("特定群体", "specific-groups", ["特定群众", "特定对象", "特定人群", "申请人", "当事人", "服务对象"]),
    ]);

    public static Vocabulary Mode { get; } = new("mode",
    [
        new("主动", "proactive", ["主动公开"]),
        new("依申请", "on-request", ["依申请公开"]),
    ]);

    public static Vocabulary Level { get; } = new("levels",
    [
        new("县级", "county", ["县", "区级", "县（区）级", "县区级", "县(市、区)级"]),
        new("乡级", "township", ["乡", "镇", "镇级", "乡镇级", "乡镇", "街道", "街道级", "乡镇街道级", "乡（镇）级", "乡镇（街道）级"]),
        new("村级", "village", ["村", "村（社区）级", "社区级"]),
    ]);

    public static Vocabulary Channel { get; } = new("channels",
    [
        new("政府网站", "website", ["门户网站", "政府门户网站", "网站", "政府信息公开网站"]),
        new("政府公报", "gazette", ["公报"]),
        new("两微一端", "new-media", ["政务新媒体", "微博微信", "微信公众号", "政务微博", "政务微信"]),
        new("发布会/听证会", "press-conference", ["发布会听证会", "新闻发布会", "发布会", "听证会", "发布会、听证会"]),
        new("广播电视", "broadcast", ["广播", "电视", "广播/电视"]),
        new("纸质媒体", "print", ["报刊", "报纸", "纸媒", "报刊杂志"]),
        new("公开查阅点", "reading-room", ["查阅点", "政府信息公开查阅点", "信息公开查阅点"]),
        new("政务服务中心", "service-center", ["行政服务中心", "政务服务大厅", "政务大厅", "便民服务中心（政务服务中心）"]),
        new("便民服务站", "service-station", ["便民服务中心", "便民服务点", "便民服务室"]),
        new("入户/现场", "on-site", ["入户现场", "入户", "现场", "入户、现场"]),
        new("社区/企事业单位/村公示栏（电子屏）", "notice-board",
            ["社区/企事业单位/村公示栏", "公示栏", "村公示栏", "公示栏（电子屏）", "社区/企事业单位/村公示栏(电子屏)", "村务公开栏", "公开栏", "社区公示栏", "电子屏", "社区、企事业单位、村公示栏（电子屏）"]),
        new("精准推送", "targeted-push", ["短信推送", "精准推送服务"]),
        new("其他", "other", []),
    ]);

    public static Vocabulary PowerType { get; } = new("type",
    [
        new("行政许可", "licensing", []),
        new("行政处罚", "penalty", []),
        new("行政强制", "coercion", ["行政强制措施", "行政强制执行"]),
        new("行政征收", "levy", ["行政征用", "行政征收征用"]),
        new("行政给付", "benefit", []),
        new("行政检查", "inspection", []),
        new("行政确认", "confirmation", []),
        new("行政奖励", "reward", []),
        new("行政裁决", "adjudication", []),
        new("其他行政权力", "other", ["其他职权", "其他权力", "其它行政权力", "其它职权", "其他"]),
    ]);

    /// <summary>Abolished in 2015; read as 其他行政权力 with its own warning.</summary>
    public const string ObsoletePowerType = "非行政许可审批";
}
