using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Voices;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary><c>GET /v3/voices</c> (filters and paging) and <c>GET /v3/users/me</c> (the key's wallet).</summary>
public static class V3AccountApi
{
    public static RouteGroupBuilder MapV3AccountApi(this RouteGroupBuilder v3)
    {
        v3.MapGet("/voices", Voices).WithSummary("The voice catalogue (type, engine, language, gender filters; limit/token paging).");
        v3.MapGet("/users/me", Me).WithSummary("The key's account: a USD wallet backed by the same ledger as remaining_quota.");
        return v3;
    }

    private static IResult Voices(HttpContext ctx)
    {
        var query = ctx.Request.Query;
        var type = query["type"].ToString();
        if (type.Length > 0 && type is not ("public" or "private"))
        {
            throw ErrorCatalog.InvalidParameter.With($"type '{type}' is not valid: use public or private.", "type");
        }

        // The mock has no private (cloned) voices.
        var voices = type == "private"
            ? []
            : VoiceCatalogue.All.Where(v => Matches(v.Engine, query["engine"]) && Matches(v.Language, query["language"]) && Matches(v.Gender, query["gender"])).ToList();
        var page = Paging.Slice(voices, ctx.Request, defaultLimit: 20, minLimit: 1, maxLimit: 100);
        var data = page.Items.Select(v => new
        {
            voice_id = v.VoiceId,
            name = v.Name,
            language = v.Language,
            gender = v.Gender,
            type = v.Type,
            support_pause = v.SupportPause,
            support_locale = true,
            preview_audio_url = v.PreviewAudioUrl,
        }).ToList();
        return V3Envelope.Page(data, page.HasMore, page.NextToken);
    }

    private static IResult Me(HttpContext ctx, LedgerBook ledgers, MockFacts facts)
    {
        var keyId = ctx.CallerKeyId();
        var ledger = ledgers.Snapshot(keyId);
        return V3Envelope.Ok(new
        {
            username = keyId,
            email = $"{keyId}@mock.avatariv.local",
            first_name = "Mock",
            last_name = "User",
            billing_type = "wallet",
            wallet = new
            {
                currency = "usd",
                remaining_balance = Math.Round(ledger.BalanceCredits * facts.Ledger.UsdPerCredit, 4),
                auto_reload = new { enabled = false, threshold_usd = (decimal?)null, amount_usd = (decimal?)null },
            },
            subscription = (object?)null,
            usage_based = (object?)null,
        });
    }

    private static bool Matches(string actual, string? wanted) =>
        string.IsNullOrEmpty(wanted) || actual.Equals(wanted, StringComparison.OrdinalIgnoreCase);
}
