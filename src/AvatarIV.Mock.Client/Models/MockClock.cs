namespace AvatarIV.Mock.Client.Models;

/// <summary>The mock's clock: its now, and how far tests have moved it ahead of real time.</summary>
public sealed record MockClock(DateTimeOffset Now, double OffsetSeconds);
