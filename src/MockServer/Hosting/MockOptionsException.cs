namespace AvatarIV.MockServer.Hosting;

/// <summary>Thrown for a bad command-line flag; the message names the flag and the fix.</summary>
public sealed class MockOptionsException(string message) : Exception(message);
