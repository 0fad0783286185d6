using System.Text.RegularExpressions;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// Core writes its advice for both audiences, e.g. "(ScriptSplitter / Split-AvatarIVScript)" or
/// "(DownloadOptions.Overwrite / -Force)". PowerShell users only need the second half: this keeps the
/// cmdlet, parameter or Verb-Noun command and drops the .NET API name before it.
/// </summary>
internal static class PowerShellWording
{
    // A .NET name (Type, Type.Member, MethodAsync) then " / " then a parameter (-Force) or a command (Verb-Noun).
    private static readonly Regex DotNetThenPowerShell = new(
        @"\b[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)? / (?=-[A-Z]|[A-Z][a-z]+-[A-Z])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static string Of(string message) => DotNetThenPowerShell.Replace(message, string.Empty);
}
