// Catalog example of cloud.aws.s3.delete_file.
task example_cloud_aws_s3_delete_file {
  stack {
    cloud.aws.s3.delete_file {
      bucket = "acme-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY_ID
      secret = $env.AWS_SECRET_ACCESS_KEY
      file_key = "reports/2025-05.csv"
    } as $deleted
  }
}
