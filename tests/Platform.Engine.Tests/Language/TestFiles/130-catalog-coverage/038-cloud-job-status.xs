// Catalog example of cloud.job.status.
task example_cloud_job_status {
  stack {
    cloud.job.status {
      id = $job.id
    } as $job_status
  }
}
