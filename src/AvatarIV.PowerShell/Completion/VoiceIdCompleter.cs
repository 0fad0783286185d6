using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Completion;

/// <summary>Tab completion for -VoiceId from the session's cached voice list (see <see cref="VoiceCompletion"/>).</summary>
public sealed class VoiceIdCompleter : IArgumentCompleter
{
    private static readonly TimeSpan FetchLimit = TimeSpan.FromSeconds(10);

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var session = SessionRegistry.Current;
        try
        {
            using var limit = new CancellationTokenSource(FetchLimit);
            var items = session.Voices.CompleteAsync(wordToComplete, ct => FetchAsync(session, ct), limit.Token).GetAwaiter().GetResult();
            return items.Select(i => new CompletionResult(i.CompletionText, i.ListItemText, CompletionResultType.ParameterValue, i.ToolTip)).ToList();
        }
        catch (Exception)
        {
            // Tab completion must never throw at the prompt: no key, no network or a slow API just means no suggestions.
            return Array.Empty<CompletionResult>();
        }
    }

    private static async Task<IReadOnlyList<Core.Voice>> FetchAsync(AvatarIVSession session, CancellationToken ct)
    {
        using var context = new HandlerContext(session, DiscardingSink.Instance, null, ct);
        return await context.Client.GetVoicesAsync(null, ct).ConfigureAwait(false);
    }
}
