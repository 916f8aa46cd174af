using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;
using Platform.Web.Navigation;

namespace Platform.Web.Hosting;

/// <summary>
/// A form posted with a missing, expired or tampered antiforgery token is not processed; instead of a bare
/// 400 the user is sent back to the form, which explains what happened and lets them try again.
/// </summary>
public sealed class AntiforgeryFailureMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var validation = context.Features.Get<IAntiforgeryValidationFeature>();
        if (validation is { IsValid: false } && HttpMethods.IsPost(context.Request.Method))
        {
            var query = QueryString.Create(
                context.Request.Query
                    .Where(p => p.Key != FormNotice.QueryKey)
                    .Append(new(FormNotice.QueryKey, FormNotice.Expired)));
            context.Response.Redirect(UriHelper.BuildRelative(context.Request.PathBase, context.Request.Path, query));
            return Task.CompletedTask;
        }
        return next(context);
    }
}
