// Catalog example of cloud.aws.s3.get_file_info.
task example_cloud_aws_s3_get_file_info {
  stack {
    cloud.aws.s3.get_file_info {
      bucket = "acme-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY_ID
      secret = $env.AWS_SECRET_ACCESS_KEY
      file_key = "reports/2025-05.csv"
    } as $file_info
  }
}
