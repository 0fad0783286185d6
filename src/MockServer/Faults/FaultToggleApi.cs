using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Faults;

/// <summary><c>PATCH /_mock/faults/{id}</c> <c>{"enabled": false}</c>: pauses a rule (or resumes it) and keeps its hit count.</summary>
public static class FaultToggleApi
{
    public static RouteGroupBuilder MapFaultToggleRoute(this RouteGroupBuilder faults)
    {
        faults.MapPatch("/{id}", ToggleAsync).WithSummary("Turns one rule on or off: {\"enabled\": false}. A disabled rule never fires but keeps its counters.");
        return faults;
    }

    private static async Task<IResult> ToggleAsync(string id, HttpContext context, FaultRuleSet rules)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(context.Request));
        var enabled = body.Bool("enabled") ?? throw ErrorCatalog.InvalidFaultRule.With("enabled is required: true to turn the rule on, false to turn it off.", "enabled");
        return rules.SetEnabled(id, enabled) is { } rule
            ? TypedResults.Ok(FaultRuleView.Of(rule))
            : throw ErrorCatalog.NotFound.With($"No fault rule '{id}'. GET /_mock/faults lists the rules in force.", "id");
    }
}
