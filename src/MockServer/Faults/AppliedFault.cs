namespace AvatarIV.MockServer.Faults;

/// <summary>Request feature marking that a fault rule acted on this request; the journal reports it.</summary>
public sealed record AppliedFault(FaultKind Kind)
{
    public string Name => Kind.ToString().ToLowerInvariant();
}
