using System.Management.Automation;
using System.Security;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>
/// Base of every AvatarIV cmdlet: the common -ApiKey, a cancellation source created in BeginProcessing
/// and cancelled by StopProcessing (Ctrl+C), and running a handler with its errors mapped to ErrorRecords.
/// No Core types appear in the cmdlets' signatures, so PowerShell can read them before the dependencies load.
/// </summary>
public abstract class AvatarIVCmdlet : PSCmdlet, IDisposable
{
    private readonly PipelineDispatcher _dispatcher = new();
    private CancellationTokenSource? _cancellation;
    private HandlerContext? _context;
    private CmdletSink? _sink;

    /// <summary>The HeyGen API key for this command only; overrides Connect-AvatarIV and HEYGEN_API_KEY.</summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? ApiKey { get; set; }

    internal CmdletSink Sink => _sink ??= new CmdletSink(this, _dispatcher);

    public void Dispose()
    {
        OnDisposing();
        _context?.Dispose();
        _cancellation?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void BeginProcessing()
    {
        _cancellation = new CancellationTokenSource();
        _context = new HandlerContext(SessionRegistry.Current, Sink, ApiKey, _cancellation.Token);
    }

    protected override void StopProcessing() => _cancellation?.Cancel();

    /// <summary>Before the client goes: work still running in the background (pipeline items) is told to stop.</summary>
    private protected virtual void OnDisposing()
    {
    }

    protected override void EndProcessing()
    {
        _context?.Dispose();
        _context = null;
    }

    /// <summary>Runs a handler; terminating errors stop the command, a Ctrl+C stops the pipeline.</summary>
    internal void Run(Func<HandlerContext, Task> work)
    {
        var context = _context ?? throw new InvalidOperationException("BeginProcessing has not run.");
        try
        {
            _dispatcher.Run(() => work(context), context.CancellationToken);
        }
        catch (CmdletTerminatingException e)
        {
            ThrowTerminatingError(ErrorRecords.From(e.Error));
        }
        catch (OperationCanceledException) when (_cancellation?.IsCancellationRequested == true)
        {
            throw new PipelineStoppedException();
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            // A Core error no handler claimed for one item (e.g. the endpoint went away during a wait) ends the command
            // with its own ErrorId, as ErrorMap names it.
            ThrowTerminatingError(ErrorRecords.From(ErrorMap.From(e, null)));
        }
        catch (Exception e) when (IsUnexpected(e))
        {
            // Never a raw .NET exception with category NotSpecified: scripts match AvatarIV.* ErrorIds.
            ThrowTerminatingError(ErrorRecords.From(ErrorMap.UnexpectedFailure(e, MyInvocation.MyCommand.Name)));
        }
    }

    /// <summary>Exceptions PowerShell itself raises to stop or report a pipeline pass through untouched.</summary>
    private static bool IsUnexpected(Exception exception) =>
        exception is not (PipelineStoppedException or ActionPreferenceStopException or RuntimeException or CmdletTerminatingException);

    internal void Run(Action<HandlerContext> work) => Run(context =>
    {
        work(context);
        return Task.CompletedTask;
    });

    /// <summary>A PowerShell path (relative, PSDrive, ~) as a file-system path; the file need not exist.</summary>
    internal string ToFileSystemPath(string path) => GetUnresolvedProviderPathFromPSPath(path);
}
