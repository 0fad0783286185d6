using System.Net;
using System.Text;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Fuzz;

/// <summary>
/// Found by the route fuzzer: a route whose body ASP.NET binds answered a non-JSON body with a bare 415 and no
/// envelope. It is now the surface's 400 naming the fix.
/// </summary>
public sealed class BodyBindingTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task A_multipart_body_on_a_json_route_is_a_400_in_the_v1_envelope()
    {
        using var client = _mock.CreateClient(Keys.New());
        using var content = new StringContent("--b\r\n\r\nx\r\n--b--\r\n", Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data");

        using var response = await client.PostAsync("v1/webhook/endpoint.add", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.JsonAsync();
        body.GetProperty("code").GetInt32().ShouldBe(400175);
        body.Str("message").ShouldContain("application/json");
    }
}
