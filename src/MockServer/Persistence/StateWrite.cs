namespace AvatarIV.MockServer.Persistence;

/// <summary>One SQL statement and its parameters, queued until its batch commits (plain data, so a batch can be built under any lock).</summary>
internal sealed record StateWrite(string Sql, params (string Name, object? Value)[] Parameters);
