using System.Security;
using AvatarIV.Core;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Connect-AvatarIV: checks and stores the session's connection. Sends no request (works offline).</summary>
internal sealed class ConnectHandler
{
    private readonly HandlerContext _context;

    public ConnectHandler(HandlerContext context) => _context = context;

    public void Connect(SecureString? apiKey, Uri? baseUri, Uri? uploadUri, AvatarIVApiVersion? apiVersion, bool passThru, TimeSpan? maxRateLimitWait = null)
    {
        var settings = _context.Session.Settings(apiKey, baseUri, uploadUri, apiVersion) with { MaxRateLimitWait = maxRateLimitWait };

        // Build (and dispose) a client once so that unsafe settings, such as a key over plain http to a
        // remote host, are refused now rather than at the first request.
        var previous = _context.Session.Connection;
        _context.Session.Connection = settings;
        Uri uploadsGoTo;
        TimeSpan rateLimitWait;
        try
        {
            using var probe = new HandlerContext(_context.Session, _context.Sink, null, _context.CancellationToken);
            uploadsGoTo = probe.Client.Options.EffectiveUploadUri;
            rateLimitWait = probe.Client.Options.Retry.MaxRateLimitWait;
        }
        catch
        {
            _context.Session.Connection = previous;
            throw;
        }

        _context.Sink.WriteVerbose($"Connected to {settings.BaseUri} ({settings.ApiVersion} API, uploads to {uploadsGoTo}, key from {settings.KeySource}, waits up to {rateLimitWait.TotalSeconds:0.#} s for render slots).");
        if (passThru)
        {
            _context.Sink.WriteObject(settings.ToModel(uploadsGoTo));
        }
    }
}
