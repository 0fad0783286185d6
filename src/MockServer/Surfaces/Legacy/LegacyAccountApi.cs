using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Voices;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.Legacy;

/// <summary><c>GET /v2/voices</c> and <c>GET /v2/user/remaining_quota</c> (quota units = credits × 60).</summary>
public static class LegacyAccountApi
{
    public static RouteGroupBuilder MapLegacyAccountApi(this RouteGroupBuilder root)
    {
        root.MapGet("/v2/voices", Voices).WithTags("legacy").WithSummary("The voice catalogue.");
        root.MapGet("/v2/user/remaining_quota", Quota).WithTags("legacy").WithSummary("Remaining quota units (credits x 60).");
        return root;
    }

    private static IResult Voices() => V2Envelope.Ok(new
    {
        voices = VoiceCatalogue.All.Select(v => new
        {
            voice_id = v.VoiceId,
            language = v.Language,
            gender = v.Gender,
            name = v.Name,
            preview_audio = v.PreviewAudioUrl,
            support_pause = v.SupportPause,
            emotion_support = v.EmotionSupport,
            support_interactive_avatar = false,
        }).ToList(),
    });

    private static IResult Quota(HttpContext ctx, LedgerBook ledgers, MockFacts facts)
    {
        var credits = ledgers.Snapshot(ctx.CallerKeyId()).BalanceCredits;
        var quota = (long)Math.Floor(credits * facts.Ledger.QuotaUnitsPerCredit);
        return V2Envelope.Ok(new
        {
            remaining_quota = quota,
            details = new { api = quota, streaming_avatar = 0, streaming_avatar_instance_quota = 0, seat = 0 },
        });
    }
}
