using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Admin;

/// <summary>
/// <c>PUT /_mock/ledgers/{key_id}</c>: sets the balance of a ledger the mock already has, named by its key id, so a tool
/// that only ever sees key ids (the dashboard) can top it up. <c>PUT /_mock/ledgers</c> with the key opens new ones.
/// </summary>
public static class LedgerByKeyIdApi
{
    public static IEndpointRouteBuilder MapLedgerByKeyIdApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/_mock/ledgers").WithTags("admin")
            .MapPut("/{keyId}", SetAsync)
            .WithSummary("Sets an existing ledger's balance (and tier) by key id: {\"credits\": 50, \"tier\": \"pro\"}.");
        return app;
    }

    private static async Task<IResult> SetAsync(string keyId, HttpContext context, LedgerBook ledgers, MockFacts facts)
    {
        if (!ledgers.All().Any(ledger => ledger.KeyHint == keyId))
        {
            throw ErrorCatalog.NotFound.With($"No ledger for '{keyId}'. GET /_mock/state lists them; PUT /_mock/ledgers with an api_key opens a new one.", "key_id");
        }

        var body = new JsonFields(await JsonBody.ReadObjectAsync(context.Request));
        var credits = body.Number("credits", 0, 1e12) ?? throw MockError.Invalid("credits", "credits is required: the new balance, e.g. 12.5.");
        var tier = body.OneOf("tier", facts.Tiers.Keys);
        return TypedResults.Ok(ledgers.Set(keyId, (decimal)credits, tier));
    }
}
