using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Auth;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>
/// Authenticates public routes: <c>X-Api-Key</c> or <c>Authorization: Bearer</c>. With <c>--api-key</c> flags only those
/// keys pass; otherwise any non-empty key does (each gets its own ledger). Only the key's id is kept.
/// </summary>
public static class Caller
{

    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group)
    {
        // The options are the app's singleton: read once, not looked up for every request.
        var options = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<MockServerOptions>();

        // Not async: a request that passes goes straight on to its handler (no state machine of the filter's own).
        group.AddEndpointFilter((context, next) =>
        {
            var http = context.HttpContext;
            var key = KeyOf(http.Request);
            if (key is null)
            {
                throw ErrorCatalog.Unauthorized.With("No API key was sent. Send it in the X-Api-Key header (or as Authorization: Bearer <key>).");
            }

            if (options.ApiKeys.Count > 0 && !options.ApiKeys.Contains(key, StringComparer.Ordinal))
            {
                throw ErrorCatalog.Unauthorized.With("The API key is not valid for this server. Use one of the keys it was started with (--api-key).");
            }

            http.Features.Set(new CallerKeyId(ApiKeyId.From(key))); // a feature: Items would be a dictionary per request
            return next(context);
        });
        return group;
    }

    /// <summary>The authenticated caller's key id (<c>key_xxxxxxxx</c>).</summary>
    public static string CallerKeyId(this HttpContext ctx) =>
        ctx.Features.Get<CallerKeyId>()?.Id ?? throw new InvalidOperationException("This route is missing RequireApiKey().");

    /// <summary>The key a request carries, or null.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers["X-Api-Key"].ToString().Trim();
        if (header.Length > 0)
        {
            return header;
        }

        var authorization = request.Headers.Authorization.ToString().Trim();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..].Trim()
            : null;
    }

    /// <summary>scheme://host[:port] of this request, for minting absolute media links.</summary>
    public static string BaseUrl(this HttpContext ctx) => $"{ctx.Request.Scheme}://{ctx.Request.Host}";
}

/// <summary>The authenticated caller's key id, kept on the request by <see cref="Caller.RequireApiKey"/>.</summary>
internal sealed record CallerKeyId(string Id);
