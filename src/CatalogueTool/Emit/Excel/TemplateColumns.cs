using CatalogueTool.Model;

namespace CatalogueTool.Emit.Excel;

/// <summary>The columns of the national template for one area: optional 三级事项, 村级 and 备注 appear only when used.</summary>
public sealed record TemplateColumns(bool HasSub, bool HasVillage, bool HasNote)
{
    public static TemplateColumns For(IReadOnlyList<Item> items) =>
        new(items.Any(i => i.Sub is not null), items.Any(i => i.Levels.Contains("村级")), items.Any(i => i.Note is not null));

    public const double ChannelWidth = 24;

    public IReadOnlyList<string> Levels => HasVillage ? ["县级", "乡级", "村级"] : ["县级", "乡级"];

    /// <summary>Column widths in characters, chosen per column so that the table fits A4 landscape at fit-to-width.</summary>
    public IReadOnlyList<(string Top, string? Sub, double Width)> Layout()
    {
        var cols = new List<(string, string?, double)> { ("序号", null, 5), ("公开事项", "一级事项", 10), ("公开事项", "二级事项", 12) };
        if (HasSub) cols.Add(("公开事项", "三级事项", 12));
        cols.Add(("公开内容（要素）", null, 24));
        cols.Add(("公开依据", null, 24));
        cols.Add(("公开时限", null, 14));
        cols.Add(("公开主体", null, 12));
        cols.Add(("公开渠道和载体", null, ChannelWidth));
        cols.Add(("公开对象", "全社会", 5));
        cols.Add(("公开对象", "特定群体", 5));
        cols.Add(("公开方式", "主动", 5));
        cols.Add(("公开方式", "依申请", 5));
        foreach (var l in Levels) cols.Add(("公开层级", l, 5));
        if (HasNote) cols.Add(("备注", null, 14));
        return cols;
    }
}
