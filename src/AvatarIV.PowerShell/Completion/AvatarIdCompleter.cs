using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Completion;

/// <summary>Tab completion for -AvatarId from the session's avatar looks (see <see cref="LookCompletion"/>), with the session's connection.</summary>
public sealed class AvatarIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var session = SessionRegistry.Current;
        try
        {
            using var limit = new CancellationTokenSource(VoiceIdCompleter.FetchLimit);
            var items = session.Looks.CompleteAsync(wordToComplete, ct => FetchAsync(session, ct), limit.Token).GetAwaiter().GetResult();
            return items.Select(i => new CompletionResult(i.CompletionText, i.ListItemText, CompletionResultType.ParameterValue, i.ToolTip)).ToList();
        }
        catch (Exception)
        {
            // Never throw at the prompt: not connected, the legacy surface or no network just means no suggestions.
            return Array.Empty<CompletionResult>();
        }
    }

    private static async Task<IReadOnlyList<Core.AvatarLook>> FetchAsync(AvatarIVSession session, CancellationToken ct)
    {
        using var context = new HandlerContext(session, DiscardingSink.Instance, null, ct);
        var looks = new List<Core.AvatarLook>();
        await foreach (var look in context.Client.ListAvatarLooksAsync(new Core.AvatarLookQuery { PageSize = 50 }, ct).ConfigureAwait(false))
        {
            looks.Add(look);
        }

        return looks;
    }
}
