using CatalogueTool.Diagnostics;

namespace CatalogueTool.Rules.Content;

/// <summary>
/// An element longer than an Excel cell holds (32,767 characters): Excel would call the workbook damaged, so the workbook
/// cuts it there, and this says so before it happens.
/// </summary>
public sealed class CellLengthCheck : ICheck
{
    public const int ExcelCellLimit = 32_767;

    public void Run(CheckContext context)
    {
        foreach (var item in context.Catalogue.Items)
        {
            (Localized Field, string Text)[] fields =
            [
                (new("一级事项", "category"), item.Category), (new("二级事项", "name"), item.Name), (new("三级事项", "sub"), item.Sub ?? ""),
                (new("公开内容", "content"), item.Content), (new("公开依据", "basis"), item.BasisText),
                (new("公开主体", "subject"), item.Subject.Value), (new("公开时限", "time_limit"), item.TimeLimit.Value.Text), (new("备注", "note"), item.Note ?? ""),
            ];
            foreach (var (field, text) in fields)
                if (text.Length > ExcelCellLimit)
                    context.Report(KnownRules.CellTooLong, item.Span, "content.cell-too-long", item.Id.Value, field, text.Length, ExcelCellLimit);
        }
    }
}
