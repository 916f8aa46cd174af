using Platform.Data.Results;
using Platform.Engine.Runtime.Values;
using Platform.Web.Identity;

namespace Platform.Web.Services.Database;

/// <summary>The record operations the Database pages call, performed as the signed-in user.</summary>
public sealed class RecordService(WorkspaceRecords records, CurrentUser user)
{
    public async Task<Result<RecordScope>> OpenAsync(RecordTarget target) =>
        await records.OpenAsync(await user.GetIdAsync(), target);

    public async Task<Result<RecordRows>> QueryAsync(RecordTarget target, RecordRequest request) =>
        await records.QueryAsync(await user.GetIdAsync(), target, request);

    public async Task<Result<XsObject>> AddAsync(RecordTarget target, XsObject data) =>
        await records.AddAsync(await user.GetIdAsync(), target, data);

    public async Task<Result<XsObject>> EditAsync(RecordTarget target, long id, XsObject data) =>
        await records.EditAsync(await user.GetIdAsync(), target, id, data);

    public async Task<Result<Done>> DeleteAsync(RecordTarget target, long id) =>
        await records.DeleteAsync(await user.GetIdAsync(), target, id);

    public async Task<Result<IReadOnlyList<Problem?>>> ValidateAsync(RecordTarget target, IReadOnlyList<XsObject> rows) =>
        await records.ValidateAsync(await user.GetIdAsync(), target, rows);

    public async Task<Result<int>> ImportAsync(RecordTarget target, IReadOnlyList<XsObject> rows) =>
        await records.ImportAsync(await user.GetIdAsync(), target, rows);
}
