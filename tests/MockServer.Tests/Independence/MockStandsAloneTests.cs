using System.Reflection;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Hosting;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Independence;

/// <summary>The mock is a stand-in for HeyGen, so it must not run the client's code: only HeyGen's numbers are shared.</summary>
public sealed class MockStandsAloneTests
{
    [Fact]
    public void The_mock_assembly_does_not_reference_the_client()
    {
        typeof(MockServerApp).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .ShouldNotContain("AvatarIV.Core");
    }

    [Fact]
    public void The_built_in_facts_are_the_shared_data_file()
    {
        var shared = Path.Combine(RepositoryRoot(), "src", "AvatarIV.Core", "Facts", "heygen-facts.json");
        using var file = File.OpenRead(shared);
        var fromFile = MockFacts.Read(file);
        var builtIn = MockFacts.BuiltIn();

        builtIn.Tiers.Keys.ShouldBe(fromFile.Tiers.Keys);
        builtIn.Tier("pro").ShouldBe(fromFile.Tier("pro"));
        builtIn.Limits.ShouldBe(fromFile.Limits);
        builtIn.Speech.ShouldBe(fromFile.Speech);
        builtIn.Ledger.ShouldBe(fromFile.Ledger);
        builtIn.Pricing.Profiles["api"].V3.CreditsPerSecond.ShouldBe(0.1m);
        builtIn.Pricing.Profiles["API"].ShouldNotBeNull(); // profile and tier names match case-insensitively
    }

    [Fact]
    public async Task A_facts_file_replaces_the_built_in_numbers()
    {
        var shared = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "AvatarIV.Core", "Facts", "heygen-facts.json"));
        var path = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, shared.Replace("\"monthlyCredits\": 100,", "\"monthlyCredits\": 7,"));
        try
        {
            await using var mock = await RunningMock.StartAsync("--facts", path);
            using var client = mock.CreateClient(Keys.New());
            var quota = (await (await client.GetAsync("v2/user/remaining_quota")).JsonAsync()).GetProperty("data");
            quota.GetProperty("remaining_quota").GetInt64().ShouldBe(7 * 60);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AvatarIV.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("AvatarIV.slnx not found above " + Assembly.GetExecutingAssembly().Location);
    }
}
