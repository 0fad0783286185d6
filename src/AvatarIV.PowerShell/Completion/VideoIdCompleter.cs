using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;

namespace AvatarIV.PowerShell.Completion;

/// <summary>
/// Tab completion for -VideoId from the videos this session created or read, newest first (no request is sent).
/// Without a match it offers nothing rather than file names: a video id is never a file.
/// </summary>
public sealed class VideoIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim().Trim('\'', '"');
        var matches = SessionRegistry.Current.Videos.All()
            .Where(v => v.VideoId.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                || (v.Title?.IndexOf(typed, StringComparison.OrdinalIgnoreCase) ?? -1) >= 0)
            .Select(v => new CompletionResult(
                VoiceCompletion.Quote(v.VideoId),
                string.IsNullOrEmpty(v.Title) ? v.VideoId : $"{v.VideoId} ({v.Title})",
                CompletionResultType.ParameterValue,
                $"{v.Title ?? "(no title)"}: {v.Status}"))
            .ToList();
        return matches;
    }
}
