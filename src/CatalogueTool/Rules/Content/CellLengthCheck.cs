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
            (string Field, string Text)[] fields =
            [
                ("category", item.Category), ("name", item.Name), ("sub", item.Sub ?? ""), ("content", item.Content),
                ("basis", string.Join("\n", item.Basis.Select(b => b.Value))), ("subject", item.Subject.Value),
                ("time_limit", item.TimeLimit.Value.Text), ("note", item.Note ?? ""),
            ];
            foreach (var (field, text) in fields)
                if (text.Length > ExcelCellLimit)
                    context.Report(KnownRules.CellTooLong, item.Span, "content.cell-too-long", item.Id.Value, field, text.Length, ExcelCellLimit);
        }
    }
}
