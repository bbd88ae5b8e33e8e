namespace CatalogueTool.Diagnostics;

/// <summary>
/// Input the user must correct before anything can run (an unusable environment setting, say): the command line shows
/// the message in the chosen language and exits 2.
/// </summary>
public sealed class InputRefusedException(string zh, string en) : Exception(en)
{
    public string Text(Language language) => language == Language.Chinese ? zh : Message;
}
