// Catalog example of cloud.aws.s3.list_directory.
task example_cloud_aws_s3_list_directory {
  stack {
    cloud.aws.s3.list_directory {
      bucket = "acme-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY_ID
      secret = $env.AWS_SECRET_ACCESS_KEY
      prefix = "reports/"
    } as $files
  }
}
