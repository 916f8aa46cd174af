// Catalog example of cloud.aws.s3.sign_url.
task example_cloud_aws_s3_sign_url {
  stack {
    cloud.aws.s3.sign_url {
      bucket = "acme-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY_ID
      secret = $env.AWS_SECRET_ACCESS_KEY
      file_key = "reports/2025-05.csv"
      ttl = 600
    } as $download_url
  }
}
