// Catalog example of cloud.aws.s3.upload_file.
task example_cloud_aws_s3_upload_file {
  stack {
    cloud.aws.s3.upload_file {
      bucket = "acme-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY_ID
      secret = $env.AWS_SECRET_ACCESS_KEY
      file_key = "reports/2025-05.csv"
      file = $report_file
    } as $upload
  }
}
