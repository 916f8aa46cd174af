// Catalog example of cloud.job.
task example_cloud_job {
  stack {
    cloud.job {
      image = "python:3.12-slim"
      command = ["python", "-c", "print(42)"]
      await = 120
    } as $job
  }
}
