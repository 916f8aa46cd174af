// Catalog example of cloud.job.await.
task example_cloud_job_await {
  stack {
    cloud.job.await {
      ids = [$job.id]
      timeout = 300
    } as $finished_jobs
  }
}
