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

    // Advice naming client options or classes, said the PowerShell way (options the cmdlets do not expose: try again).
    private static readonly (string DotNet, string PowerShell)[] ClientOptionAdvice =
    [
        ("Raise the client's timeout option, or try again later.", "Try again later."),
        ("Raise TransferTimeout or try again", "Try again"),
        ("(ApiKey option, HEYGEN_API_KEY or Connect-AvatarIV)", "(-ApiKey, Connect-AvatarIV or HEYGEN_API_KEY)"),
        (" (PreflightChecks shows the limit)", ""),
        ("list videos before trying again", "list them with Get-AvatarIVVideo before trying again"),
    ];

    public static string Of(string message)
    {
        var worded = DotNetThenPowerShell.Replace(message, string.Empty);
        foreach (var (dotNet, powerShell) in ClientOptionAdvice)
        {
            worded = worded.Replace(dotNet, powerShell);
        }

        return worded;
    }
}
