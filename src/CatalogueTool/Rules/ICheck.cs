namespace CatalogueTool.Rules;

/// <summary>One family of checks over a bound catalogue. Checks are independent and only add diagnostics.</summary>
public interface ICheck
{
    void Run(CheckContext context);
}
