using CatalogueTool.Diagnostics;

namespace CatalogueTool.Binding;

/// <summary>
/// A key of the files as a message names it: in Chinese the template's column beside the key the clerk typed
/// (公开时限（time_limit）), in English the key alone. Keys with no column of their own are named as written.
/// </summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> ItemColumns = new(StringComparer.Ordinal)
    {
        ["id"] = "事项编号", ["category"] = "一级事项", ["name"] = "二级事项", ["sub"] = "三级事项", ["content"] = "公开内容",
        ["basis"] = "公开依据", ["time_limit"] = "公开时限", ["subject"] = "公开主体", ["channels"] = "公开渠道和载体",
        ["audience"] = "公开对象", ["mode"] = "公开方式", ["levels"] = "公开层级", ["powers"] = "关联职权", ["baseline"] = "对应标准事项",
        ["note"] = "备注", ["reason"] = "理由",
    };

    private static readonly Dictionary<string, string> Others = new(StringComparer.Ordinal)
    {
        ["area"] = "领域", ["items"] = "事项", ["waived"] = "豁免说明", ["jurisdiction"] = "行政区", ["publisher"] = "发布机关",
        ["edition"] = "版次", ["code"] = "行政区划代码", ["level"] = "层级", ["parent"] = "上级行政区", ["title"] = "标题",
        ["date"] = "日期", ["url"] = "链接", ["item"] = "事项编号", ["department"] = "部门", ["type"] = "职权类型",
        ["aliases"] = "简称", ["reason"] = "理由", ["source"] = "来源",
    };

    /// <summary>The key as the messages of a mapping of <paramref name="context"/> (item, waived, power…) name it.</summary>
    public static Localized Of(string context, string key)
    {
        var column = context is "item" or "waived" ? ItemColumns.GetValueOrDefault(key) : null;
        column ??= context switch
        {
            "jurisdiction" when key == "name" => "名称",
            "power" when key == "name" => "职权名称",
            "power" when key == "subject" => "实施主体",
            "departments" when key == "name" => "部门名称",
            "record" when key == "item" => "事项编号",
            _ => key == "name" ? null : Others.GetValueOrDefault(key),
        };
        return new Localized(column is null ? key : $"{column}（{key}）", key);
    }

    /// <summary>The key a column's Chinese name stands for among <paramref name="keys"/> (公开时限 → time_limit, 公开内容（要素） →
    /// content), for a clerk who wrote the template's words as keys; null when it names none.</summary>
    public static string? KeyNamed(string written, string context, IEnumerable<string> keys)
    {
        var word = Text.Punctuation.HeaderKey(written);
        if (word.Length == 0) return null;
        return keys.FirstOrDefault(k => Of(context, k).Zh is var label && label != k
            && Text.Punctuation.HeaderKey(label[..label.IndexOf('（')]) is var column && (column == word || column.Length >= 2 && word.StartsWith(column, StringComparison.Ordinal)));
    }
}
