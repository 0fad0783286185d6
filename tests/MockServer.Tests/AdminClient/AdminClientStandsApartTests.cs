using AvatarIV.Mock.Client;
using AvatarIV.MockServer.Hosting;

namespace MockServer.Tests.AdminClient;

/// <summary>The admin client is a client of the mock's HTTP API only: neither assembly references the other, nor Core.</summary>
public sealed class AdminClientStandsApartTests
{
    [Fact]
    public void The_admin_client_references_neither_the_mock_nor_the_HeyGen_client()
    {
        var references = typeof(MockAdminClient).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        references.ShouldNotContain("AvatarIV.MockServer");
        references.ShouldNotContain("AvatarIV.Core");
        references.Where(name => name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void The_mock_does_not_reference_the_admin_client() =>
        typeof(MockServerApp).Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("AvatarIV.Mock.Client");
}
