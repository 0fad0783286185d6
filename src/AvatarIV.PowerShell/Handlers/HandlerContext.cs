using System.Security;
using AvatarIV.Core;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// What every handler works with for one cmdlet invocation: the session, the output sink, the
/// optional -ApiKey, the cancellation token (cancelled by StopProcessing), and one lazily made client.
/// </summary>
internal sealed class HandlerContext : IDisposable
{
    private readonly SecureString? _apiKey;
    private readonly object _clientGate = new();
    private HandlerContext? _command;
    private AvatarIVClient? _client;

    public HandlerContext(AvatarIVSession session, ICmdletSink sink, SecureString? apiKey, CancellationToken cancellationToken)
    {
        Session = session;
        Sink = sink;
        _apiKey = apiKey;
        CancellationToken = cancellationToken;
    }

    public AvatarIVSession Session { get; }

    public ICmdletSink Sink { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The surface in use, known without a key (estimates and -WhatIf work offline).</summary>
    public ApiSurface Surface => (_command ?? this)._client?.Options.Surface ?? Session.Surface;

    /// <summary>The client, made on first use; a missing key or bad settings stop the command here.</summary>
    public AvatarIVClient Client
    {
        get
        {
            if (_command is not null)
            {
                return _command.Client;
            }

            lock (_clientGate)
            {
                return _client ??= CreateClient();
            }
        }
    }

    /// <summary>
    /// The context of one pipeline item worked on concurrently (-ThrottleLimit): its own sink and token, this
    /// command's session and client. Disposing it leaves the client to this context.
    /// </summary>
    public HandlerContext ForItem(ICmdletSink sink, CancellationToken cancellationToken) =>
        new(Session, sink, _apiKey, cancellationToken) { _command = _command ?? this };

    /// <summary>
    /// Reports one item's failure: a terminating error (unreachable endpoint, bad key) stops the command,
    /// anything else is written as a non-terminating error so the other items go on.
    /// </summary>
    /// <param name="adjust">Rewords the error for the calling cmdlet (e.g. the parameters it really has).</param>
    public void Fail(Exception exception, object? target, Func<AvatarIVError, AvatarIVError>? adjust = null)
    {
        var error = ErrorMap.From(exception, target);
        error = adjust is null ? error : adjust(error);
        if (error.IsTerminating)
        {
            throw new CmdletTerminatingException(error);
        }

        Sink.WriteError(error);
    }

    /// <summary>
    /// A video read from the API as the module shows it: what this session knew from the create filled in
    /// (legacy status reads carry no title), the credits priced from the real length when the create was not
    /// seen here, and recorded for -VideoId completion.
    /// </summary>
    public AvatarVideo SessionVideo(Video video)
    {
        var model = Session.Videos.Remember(ModelMapper.ToVideo(video));
        if (model.EstimatedCredits is null && model.DurationSeconds is { } seconds)
        {
            model.EstimatedCredits = VideoEstimate.ForDuration(seconds, false, null, video.Surface).Credits;
        }

        return model;
    }

    /// <summary>Failures that belong to one item (and go to <see cref="Fail"/>); anything else is a bug or a stop.</summary>
    public static bool IsItemFailure(Exception exception) =>
        exception is AvatarIVException or IOException or UnauthorizedAccessException or ArgumentException;

    public void Dispose()
    {
        if (_command is null)
        {
            _client?.Dispose();
        }
    }

    private AvatarIVClient CreateClient()
    {
        var options = Session.ResolveOptions(_apiKey);
        // Concurrent pipeline items share this client: each notice goes to the sink of the item that made the request.
        options.OnRequest = n => (ItemSink.Current ?? Sink).WriteVerbose($"{n.Method} {n.Url} -> {(n.StatusCode == 0 ? "no answer" : n.StatusCode.ToString())} in {n.Elapsed.TotalMilliseconds:0} ms");
        options.OnRetry = n => (ItemSink.Current ?? Sink).WriteVerbose($"Retry {n.Attempt} of {n.Method} {n.Path} in {n.Delay.TotalSeconds:0.#} s ({n.Reason})");
        Session.ConfigureClient?.Invoke(options);
        try
        {
            return new AvatarIVClient(options);
        }
        catch (AvatarIVConfigurationException e)
        {
            throw new CmdletTerminatingException(ErrorMap.From(e, null));
        }
    }
}
