namespace AvatarIV.MockServer.Faults;

/// <summary>A fault rule is malformed; the message names the field and the accepted values.</summary>
public sealed class FaultRuleException(string message) : Exception(message);
