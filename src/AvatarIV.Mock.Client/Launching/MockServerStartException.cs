namespace AvatarIV.Mock.Client.Launching;

/// <summary>The mock did not print its base URL: it exited (its stderr tail says why) or took longer than the timeout.</summary>
public sealed class MockServerStartException(string message) : Exception(message);
