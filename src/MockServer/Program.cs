using AvatarIV.MockServer.Hosting;

// Entry point for `dotnet run --project src/MockServer` and the `avatariv-mock` tool.
return await MockServerApp.RunAsync(args);
