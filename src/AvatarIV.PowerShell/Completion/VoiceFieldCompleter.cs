using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;

namespace AvatarIV.PowerShell.Completion;

/// <summary>Tab completion for Get-AvatarIVVoice -Language and -Name from the session's cached voice list.</summary>
public sealed class VoiceFieldCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        Func<Core.Voice, string?> field = string.Equals(parameterName, "Language", StringComparison.OrdinalIgnoreCase)
            ? v => v.Language
            : v => v.Name;
        var session = SessionRegistry.Current;
        try
        {
            using var limit = new CancellationTokenSource(VoiceIdCompleter.FetchLimit);
            var items = session.Voices.CompleteFieldAsync(wordToComplete, field, ct => VoiceIdCompleter.FetchAsync(session, ct), limit.Token).GetAwaiter().GetResult();
            return items.Select(i => new CompletionResult(i.CompletionText, i.ListItemText, CompletionResultType.ParameterValue, i.ToolTip)).ToList();
        }
        catch (Exception)
        {
            // Never throw at the prompt: no key or no network just means no suggestions.
            return Array.Empty<CompletionResult>();
        }
    }
}
