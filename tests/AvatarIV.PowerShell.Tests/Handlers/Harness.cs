using System.Security;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>
/// A handler context wired to a running mock through the HEYGEN_* variables of a private environment,
/// with its own API key (its own ledger) and a recording sink.
/// </summary>
internal sealed class Harness : IDisposable
{
    private readonly Dictionary<string, string> _environment;

    public Harness(RunningMock mock, string? apiKey = null, string? baseUri = null)
    {
        ApiKey = apiKey ?? "key-" + Guid.NewGuid().ToString("N");
        _environment = new Dictionary<string, string>
        {
            [AvatarIVSession.ApiKeyVariable] = ApiKey,
            [AvatarIVSession.BaseUriVariable] = baseUri ?? mock.BaseUri.ToString(),
        };
        Session = new AvatarIVSession(name => _environment.TryGetValue(name, out var value) ? value : null);
        Context = new HandlerContext(Session, Sink, null, Cancellation.Token);
        Directory = Path.Combine(Path.GetTempPath(), "avatariv-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string ApiKey { get; }

    public AvatarIVSession Session { get; }

    public RecordingSink Sink { get; } = new();

    public CancellationTokenSource Cancellation { get; } = new();

    public HandlerContext Context { get; }

    /// <summary>A scratch folder for this test's files.</summary>
    public string Directory { get; }

    /// <summary>A voice the mock knows.</summary>
    public async Task<string> AnyVoiceIdAsync() => (await Context.Client.GetVoicesAsync()).First().VoiceId;

    /// <summary>A photo uploaded through Send-AvatarPhoto's handler.</summary>
    public async Task<AvatarAsset> UploadPhotoAsync()
    {
        var before = Sink.Written<AvatarAsset>().Count();
        await new SendPhotoHandler(Context).SendAsync(new[] { File(Guid.NewGuid().ToString("N") + ".png", SampleMedia.Png()) });
        return Sink.Written<AvatarAsset>().Skip(before).Single();
    }

    /// <summary>A video made through New-AvatarIVVideo's handler from a freshly uploaded photo; returns its id.</summary>
    public async Task<string> CreateVideoAsync(string title, string script = "Waiting is the hardest part.")
    {
        var voice = await AnyVoiceIdAsync();
        var asset = await UploadPhotoAsync();
        await new NewVideoHandler(Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = script, VoiceId = voice, Title = title });
        Sink.Errors.ShouldBeEmpty();
        return Sink.Written<AvatarVideo>().Last().VideoId;
    }

    public void RemoveEnvironment(string name) => _environment.Remove(name);

    /// <summary>Sets a HEYGEN_* variable of this harness's environment (before the first request makes the client).</summary>
    public void SetEnvironment(string name, string value) => _environment[name] = value;

    /// <summary>Writes a file into the scratch folder and returns its path.</summary>
    public string File(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public static SecureString Secure(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }

        return secure;
    }

    public void Dispose()
    {
        Context.Dispose();
        Cancellation.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a scratch folder left behind in /tmp is harmless
        }
    }
}
